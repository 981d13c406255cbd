"""The reviewer's windows: scoring a package's case files and signing the sheets."""
