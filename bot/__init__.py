"""决算问答: questions about departments' final-accounts disclosures, answered from the source."""

from bot import regexes

regexes.install()
