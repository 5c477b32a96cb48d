"""The student's two poolings (needs torch and transformers: skipped in the fast test run)."""
import pytest

torch = pytest.importorskip('torch')
transformers = pytest.importorskip('transformers')

from radlabel_train.model import Student  # noqa: E402


def tiny_encoder():
    torch.manual_seed(0)
    cfg = transformers.BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                  intermediate_size=32, max_position_embeddings=32)
    return transformers.BertModel(cfg)


def pair():
    mean = Student(tiny_encoder(), pooling='mean').eval()
    att = Student(tiny_encoder(), pooling='attention').eval()
    att.load_state_dict({**mean.state_dict(), 'attn.weight': att.attn.weight, 'attn.bias': att.attn.bias})
    return mean, att


def test_fresh_attention_pooling_is_mean_pooling():
    mean, att = pair()
    ids = torch.tensor([[2, 7, 9, 11, 3], [2, 5, 3, 0, 0]])
    mask = (ids != 0).long()
    assert torch.allclose(mean.logits(ids, mask), att.logits(ids, mask), atol=1e-5)


def test_each_observation_attends_to_its_own_tokens_and_padding_is_ignored():
    _, att = pair()
    with torch.no_grad():
        att.attn.weight.normal_(std=2.0)
    ids = torch.tensor([[2, 7, 9, 3]])
    padded = torch.tensor([[2, 7, 9, 3, 0, 0]])
    one = att.logits(ids, torch.ones_like(ids))
    two = att.logits(padded, (padded != 0).long())
    assert one.shape == (1, 14, 4)
    assert torch.allclose(one, two, atol=1e-5)
    # Trained attention differs from the mean: the heads no longer read one shared vector.
    mean = Student(tiny_encoder(), pooling='mean').eval()
    mean.load_state_dict({k: v for k, v in att.state_dict().items() if not k.startswith('attn.')})
    assert not torch.allclose(mean.logits(ids, torch.ones_like(ids)), one, atol=1e-3)


def test_a_checkpoint_brings_its_pooling_back(tmp_path, monkeypatch):
    _, att = pair()
    monkeypatch.setattr(Student, 'from_base', classmethod(lambda cls, base, pooling='mean': cls(tiny_encoder(), pooling=pooling)))
    back = Student.from_checkpoint('unused', att.state_dict())
    assert back.pooling == 'attention'
    assert Student.from_checkpoint('unused', {k: v for k, v in att.state_dict().items()
                                              if not k.startswith('attn.')}).pooling == 'mean'
    with pytest.raises(ValueError, match='pooling must be one of'):
        Student(tiny_encoder(), pooling='max')
    # Everything outside the encoder trains at the heads' rate, the attention included.
    names = {id(p) for p in back.head_parameters()}
    assert id(back.attn.weight) in names and id(back.heads.weight) in names
    assert not any(id(p) in names for p in back.encoder.parameters())


def test_an_attention_student_exports_to_onnx_with_the_same_probabilities(tmp_path):
    ort = pytest.importorskip('onnxruntime')
    from radlabel_train.export import export_onnx
    _, att = pair()
    with torch.no_grad():
        att.attn.weight.normal_(std=2.0)
    names = export_onnx(att, tmp_path / 'model.onnx')
    ids = torch.tensor([[2, 7, 9, 11, 3, 0], [2, 5, 3, 0, 0, 0]])
    mask = (ids != 0).long()
    feed = {'input_ids': ids.numpy(), 'attention_mask': mask.numpy()}
    if 'token_type_ids' in names:
        feed['token_type_ids'] = torch.zeros_like(ids).numpy()
    got = ort.InferenceSession(str(tmp_path / 'model.onnx'), providers=['CPUExecutionProvider']).run(None, feed)[0]
    want = torch.softmax(att.logits(ids, mask), -1).detach().numpy()
    assert got.shape == (2, 14, 4)
    assert abs(got - want).max() < 1e-5


class WordTokenizer:
    """Enough of a tokenizer for fit(): one id per word of a 40-word vocabulary."""
    pad_token_id = 0

    def __call__(self, texts, truncation=True, max_length=32):
        return {'input_ids': [[2] + [4 + hash(w) % 40 for w in t.split()][:max_length - 2] + [3] for t in texts]}


def test_an_interrupted_training_resumes_to_the_same_weights(tmp_path, monkeypatch):
    import argparse
    from radlabel_train import train as tr
    from radlabel_train.data import Example
    monkeypatch.setattr(Student, 'from_base', classmethod(lambda cls, base, pooling='mean': cls(tiny_encoder(), pooling=pooling)))
    words = 'no focal consolidation small effusion possible edema heart normal tube'.split()
    data = [Example(f'u{i}', ' '.join(words[(i + j) % len(words)] for j in range(3 + i % 4)),
                    [(i + k) % 4 for k in range(14)], 'openi') for i in range(24)]
    a = argparse.Namespace(seed=3, epochs=2, weight_cap=4.0, lr=1e-3, head_lr=1e-2, batch_size=8,
                           max_length=32, label_smoothing=0.0, pooling='attention')
    whole, hist = tr.fit(data, a, WordTokenizer(), 'unused')
    ck = tmp_path / 'checkpoint.pt'
    one = argparse.Namespace(**vars(a))
    # Stop after epoch 1 by failing in the epoch hook, as a killed session would.
    def stop(epoch, model):
        if epoch == 2:
            raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        tr.fit(data, one, WordTokenizer(), 'unused', on_epoch=stop, checkpoint=ck)
    assert ck.exists() and len(torch.load(ck, weights_only=False)['history']) == 1
    ran = []
    resumed, hist2 = tr.fit(data, one, WordTokenizer(), 'unused', checkpoint=ck, on_epoch=lambda e, m: ran.append(e))
    assert ran == [2] and [h['epoch'] for h in hist2] == [1, 2]
    for k, v in whole.state_dict().items():
        assert torch.allclose(v, resumed.state_dict()[k], atol=1e-6), k
    # A checkpoint from another run is refused rather than silently continued.
    with pytest.raises(SystemExit, match='belongs to another run'):
        tr.fit(data[:16], one, WordTokenizer(), 'unused', checkpoint=ck)


def test_an_attention_students_weights_come_back_from_its_graph(tmp_path):
    """A refresh starts from the serving graph: the attention layer must be read back too."""
    pytest.importorskip('onnx')
    from radlabel_train.export import export_onnx
    from radlabel_train.onnx_weights import pooling_of, recover_state
    mean, att = pair()
    with torch.no_grad():
        att.attn.weight.normal_(std=2.0)
        att.attn.bias.normal_(std=1.0)
    export_onnx(att, tmp_path / 'att.onnx')
    export_onnx(mean, tmp_path / 'mean.onnx')
    assert pooling_of(tmp_path / 'att.onnx') == 'attention' and pooling_of(tmp_path / 'mean.onnx') == 'mean'
    keys = {k: tuple(v.shape) for k, v in att.state_dict().items() if k.startswith(('attn.', 'heads.'))}
    state = recover_state(keys, tmp_path / 'att.onnx')
    for k in keys:
        assert torch.allclose(torch.from_numpy(state[k]), att.state_dict()[k]), k
