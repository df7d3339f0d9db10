// Text and JSON forms of a Time (RFC 3339 with nanoseconds, as gc writes them), so that
// encoding/json and encoding-based code handle Times as on the host.
package time

// marshalError is the error for a year RFC 3339 cannot write (gc's comes from errors.New;
// importing errors would make every program that uses time run errors' initialisation).
type marshalError string

func (e marshalError) Error() string { return string(e) }

// rfc3339Year reports whether t's year has the four digits RFC 3339 allows.
func (t Time) rfc3339Year() bool {
	y := t.Year()
	return y >= 0 && y <= 9999
}

// MarshalText writes t in RFC 3339 with the nanoseconds it has.
func (t Time) MarshalText() ([]byte, error) {
	if !t.rfc3339Year() {
		return nil, marshalError("Time.MarshalText: year outside of range [0,9999]")
	}
	return t.AppendFormat(make([]byte, 0, len(RFC3339Nano)), RFC3339Nano), nil
}

// UnmarshalText reads a time in RFC 3339.
func (t *Time) UnmarshalText(data []byte) error {
	parsed, err := Parse(RFC3339, string(data))
	*t = parsed
	return err
}

// MarshalJSON writes t as a JSON string in RFC 3339 with the nanoseconds it has.
func (t Time) MarshalJSON() ([]byte, error) {
	if !t.rfc3339Year() {
		return nil, marshalError("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := append(make([]byte, 0, len(RFC3339Nano)+2), '"')
	return append(t.AppendFormat(b, RFC3339Nano), '"'), nil
}

// UnmarshalJSON reads a JSON string in RFC 3339; null leaves t as it is.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	parsed, err := Parse(`"`+RFC3339+`"`, string(data))
	*t = parsed
	return err
}
