"""The weight average of a soup (needs torch: skipped in the fast test run)."""
import pytest

torch = pytest.importorskip('torch')

from radlabel_train.soup import average_states  # noqa: E402


def test_float_tensors_are_averaged_and_integer_buffers_must_agree():
    a = {'w': torch.tensor([1.0, 3.0]), 'pos': torch.tensor([0, 1, 2])}
    b = {'w': torch.tensor([3.0, 5.0]), 'pos': torch.tensor([0, 1, 2])}
    out = average_states([a, b])
    assert torch.equal(out['w'], torch.tensor([2.0, 4.0])) and out['w'].dtype == torch.float32
    assert torch.equal(out['pos'], a['pos'])
    with pytest.raises(ValueError, match='pos: a non-float tensor differs'):
        average_states([a, {**b, 'pos': torch.tensor([0, 1, 3])}])
    with pytest.raises(ValueError, match='not the same architecture'):
        average_states([a, {'w': b['w']}])
