package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// envelopeVersion is the version of the envelope every stored value sits in.
const envelopeVersion = 1

// envelope is how every value except the schema version is stored:
//
//	{"v":1,"sum":"<hex sha256 of bucket path, key and data>","data":{...}}
//
// The checksum covers where the value lives as well as what it says, so a value copied under
// another key (or profile) is caught as well as a flipped bit.
type envelope struct {
	V    int             `json:"v"`
	Sum  string          `json:"sum"`
	Data json.RawMessage `json:"data"`
}

func checksum(bucket string, key, data []byte) string {
	h := sha256.New()
	h.Write([]byte(bucket))
	h.Write([]byte{0})
	h.Write(key)
	h.Write([]byte{0})
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

// seal encodes v and wraps it in an envelope for bucket and key.
func seal(bucket string, key []byte, v any) ([]byte, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return json.Marshal(envelope{V: envelopeVersion, Sum: checksum(bucket, key, data), Data: data})
}

// unseal checks the envelope of a stored value and decodes its data into v. Every failure wraps
// ErrDamaged and names the key.
func unseal(bucket string, key, raw []byte, v any) error {
	e, ok := splitEnvelope(raw)
	if !ok {
		if err := json.Unmarshal(raw, &e); err != nil {
			return damaged(bucket, key, "not readable JSON: %v", err)
		}
	}
	if e.V != envelopeVersion {
		return damaged(bucket, key, "envelope version %d, expected %d (written by another version of upright?)", e.V, envelopeVersion)
	}
	if e.Sum != checksum(bucket, key, e.Data) {
		return damaged(bucket, key, "checksum mismatch")
	}
	if err := json.Unmarshal(e.Data, v); err != nil {
		return damaged(bucket, key, "data not readable: %v", err)
	}
	return nil
}

// envelopeHead is how seal's output starts, up to the checksum.
var envelopeHead = []byte(`{"v":1,"sum":"`)

// splitEnvelope reads an envelope laid out exactly as seal writes it without scanning the data
// twice; anything else is left to encoding/json. The data is checked by its checksum and by
// decoding it either way.
func splitEnvelope(raw []byte) (envelope, bool) {
	const sumLen = 2 * sha256.Size
	mid := []byte(`","data":`)
	n := len(envelopeHead) + sumLen + len(mid)
	if len(raw) <= n+1 || !bytes.HasPrefix(raw, envelopeHead) || !bytes.Equal(raw[n-len(mid):n], mid) || raw[len(raw)-1] != '}' {
		return envelope{}, false
	}
	return envelope{V: envelopeVersion, Sum: string(raw[len(envelopeHead) : len(envelopeHead)+sumLen]), Data: raw[n : len(raw)-1]}, true
}

func damaged(bucket string, key []byte, format string, args ...any) error {
	return fmt.Errorf("%s %q: %s: %w", bucket, key, oneLine(fmt.Sprintf(format, args...)), ErrDamaged)
}
