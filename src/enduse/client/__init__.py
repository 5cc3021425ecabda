"""The SDK a deployed system embeds: ask the gate before every use, obey the licence status.

```python
from enduse.client import Gate

gate = Gate("https://regulator.example", licence=7, key="regulator.pub", token=API_TOKEN)
decision = gate.request(operator="officer 12", target={...}, offence={...}, legal_basis={...},
                        capabilities=["location"], justification="...")
if decision.permitted and gate.authorise(decision.token, "location"):
    ...  # the operation may run
```

It fails closed: without a fresh, validly signed licence-status document (refreshed at its
``next_update``, tolerated for ``grace`` seconds beyond it when the regulator cannot be reached),
or when the status is suspended, revoked or expired, nothing is authorised.
"""

from enduse.client.gate import Decision, Gate, GateUnavailableError, NotAuthorisedError

__all__ = ["Decision", "Gate", "GateUnavailableError", "NotAuthorisedError"]
