"""决算问答: questions about departments' final-accounts disclosures, answered from the source."""
