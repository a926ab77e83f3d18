"""The gym screen: a window that renders what the workout conductor says and sends it commands."""
