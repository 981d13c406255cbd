"""The built-in demo round: synthetic but realistic case files, reviewers and scores."""
