"""The Processing provider "pot": one module per algorithm, all sharing PotAlgorithm."""
