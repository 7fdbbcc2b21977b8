package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

// The fast path of unseal must agree with encoding/json on what seal writes, and refuse the rest.
func TestSplitEnvelope(t *testing.T) {
	raw, err := seal("b", []byte("k"), map[string]int{"a": 1})
	if err != nil {
		t.Fatal(err)
	}
	fast, ok := splitEnvelope(raw)
	var slow envelope
	if !ok || json.Unmarshal(raw, &slow) != nil || fast.V != slow.V || fast.Sum != slow.Sum || !bytes.Equal(fast.Data, slow.Data) {
		t.Fatalf("fast %+v (%v), slow %+v", fast, ok, slow)
	}
	var out map[string]int
	for _, bad := range [][]byte{
		bytes.Replace(raw, []byte(`"a":1`), []byte(`"a":2`), 1), // payload changed
		bytes.Replace(raw, []byte(`"v":1`), []byte(`"v":2`), 1), // newer envelope
		raw[:len(raw)-1], // cut short
		append(bytes.Clone(raw[:len(raw)-1]), []byte(`,"x":1}`)...),
		[]byte(`{"v":1,"sum":"` + fast.Sum + `","data":{"a":1},"data":{"a":2}}`),
		[]byte("null"),
	} {
		if err := unseal("b", []byte("k"), bad, &out); !errors.Is(err, ErrDamaged) {
			t.Errorf("unseal(%s) = %v; want ErrDamaged", bad, err)
		}
	}
	if err := unseal("b", []byte("other"), raw, &out); !errors.Is(err, ErrDamaged) {
		t.Errorf("a value under another key passed: %v", err)
	}
	if err := unseal("b", []byte("k"), raw, &out); err != nil || out["a"] != 1 {
		t.Fatalf("unseal = %v, %v", out, err)
	}
}
