"""The ensemble's exported probabilities are the mean of its members' (needs torch: skipped in
the fast test run, run by `.venv-train/bin/python -m pytest training/tests`)."""
import pytest


def test_softmax_of_ensemble_logits_is_the_mean_of_member_probabilities():
    torch = pytest.importorskip('torch')
    from radlabel_train.ensemble import Ensemble

    class Fixed(torch.nn.Module):
        uses_token_types = False

        def __init__(self, logits):
            super().__init__()
            self.value = logits

        def logits(self, input_ids, attention_mask, token_type_ids=None):
            return self.value

    a, b = torch.randn(3, 14, 4), torch.randn(3, 14, 4)
    e = Ensemble([Fixed(a), Fixed(b)])
    got = torch.softmax(e.logits(None, None), -1)
    want = (torch.softmax(a, -1) + torch.softmax(b, -1)) / 2
    assert torch.allclose(got, want, atol=1e-6)
    assert e.uses_token_types is False
