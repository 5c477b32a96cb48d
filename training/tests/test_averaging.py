"""Weight averaging of the last epochs (needs torch: skipped in the fast test run, run by
`.venv-train/bin/python -m pytest training/tests`)."""
import pytest


def test_running_mean_of_float_weights_keeps_integer_buffers():
    torch = pytest.importorskip('torch')
    from radlabel_train.train import average_into
    states = [{'w': torch.tensor([1.0, 2.0]), 'ids': torch.tensor([0, 1])},
              {'w': torch.tensor([3.0, 6.0]), 'ids': torch.tensor([0, 1])},
              {'w': torch.tensor([5.0, 1.0]), 'ids': torch.tensor([0, 1])}]
    mean = None
    for n, s in enumerate(states, 1):
        mean = average_into(mean, s, n)
    assert torch.allclose(mean['w'], torch.tensor([3.0, 3.0]))
    assert mean['ids'].tolist() == [0, 1]
    assert states[0]['w'].tolist() == [1.0, 2.0], 'the first state is copied, not aliased'
