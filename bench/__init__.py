"""Benchmarks that print figures (`name: value unit`), never timed assertions."""
