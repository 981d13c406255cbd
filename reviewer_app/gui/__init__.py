"""Qt Widgets front end: one module per window or dialog; item models apart from views."""
