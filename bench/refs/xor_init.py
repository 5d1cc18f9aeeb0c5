"""The XOR 2-2-1 problem and the initial weights every W2 implementation starts from,
so their final losses can be compared (the driver's scalar Swift loop uses the same numbers)."""
X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
T = [0.0, 1.0, 1.0, 0.0]
# W1 is inputs x hidden (column j = hidden unit j's incoming weights), W2 hidden x 1.
W1 = [[0.5, -0.4], [-0.3, 0.6]]
B1 = [0.1, -0.2]
W2 = [[0.7], [-0.5]]
B2 = [0.05]
LEARNING_RATE = 0.5
EPOCHS = 10_000
