"""What every page shows around its content: the Diazo theme (static/), the logo, the
links to the work areas in the personal menu."""
