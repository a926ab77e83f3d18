"""Loading the bar: units, the plate inventory, plates per side, warm-up ramps, progression."""
