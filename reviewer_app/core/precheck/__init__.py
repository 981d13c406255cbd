"""The offline pre-check (预审): procedural rules read from a case file's documents, as leads for
the reviewer beside the rubric item they bear on, never a deduction by themselves."""
