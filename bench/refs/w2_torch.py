"""W2 reference: the same XOR training in PyTorch eager mode (CPU, float64, one thread):
nn.Linear layers, torch.sigmoid, MSELoss, optim.SGD, loss.backward() every epoch."""
import benchserve
from xor_init import X, T, W1, B1, W2, B2, LEARNING_RATE, EPOCHS


def setup():
    import torch
    torch.set_num_threads(1)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass
    return torch


def train(torch, epochs):
    nn = torch.nn
    x = torch.tensor(X, dtype=torch.float64)
    t = torch.tensor(T, dtype=torch.float64).reshape(4, 1)
    l1 = nn.Linear(2, 2).double()
    l2 = nn.Linear(2, 1).double()
    with torch.no_grad():  # torch stores weights as outputs x inputs
        l1.weight.copy_(torch.tensor(W1, dtype=torch.float64).T)
        l1.bias.copy_(torch.tensor(B1, dtype=torch.float64))
        l2.weight.copy_(torch.tensor(W2, dtype=torch.float64).T)
        l2.bias.copy_(torch.tensor(B2, dtype=torch.float64))
    params = list(l1.parameters()) + list(l2.parameters())
    optimizer = torch.optim.SGD(params, lr=LEARNING_RATE)
    criterion = nn.MSELoss()
    loss = None
    for _ in range(epochs):
        optimizer.zero_grad()
        y = torch.sigmoid(l2(torch.sigmoid(l1(x))))
        loss = criterion(y, t)
        loss.backward()
        optimizer.step()
    return loss.item()


def run(torch, arg):
    epochs = int(arg)
    start = benchserve.clock()
    loss = train(torch, epochs)
    return benchserve.clock() - start, {"loss": loss, "epochs": epochs, "torch": torch.__version__}


if __name__ == "__main__":
    benchserve.main(setup, run, default_arg=str(EPOCHS), label="W2 PyTorch eager, epochs")
