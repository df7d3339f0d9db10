package volatile

// Register8 is an 8-bit memory-mapped hardware register.
type Register8 struct {
	Reg uint8
}

// Get reads the register.
func (r *Register8) Get() uint8 { return LoadUint8(&r.Reg) }

// Set writes the register.
func (r *Register8) Set(value uint8) { StoreUint8(&r.Reg, value) }

// SetBits sets the bits of value (read-modify-write).
func (r *Register8) SetBits(value uint8) { StoreUint8(&r.Reg, LoadUint8(&r.Reg)|value) }

// ClearBits clears the bits of value (read-modify-write).
func (r *Register8) ClearBits(value uint8) { StoreUint8(&r.Reg, LoadUint8(&r.Reg)&^value) }

// HasBits reports whether any bit of value is set.
func (r *Register8) HasBits(value uint8) bool { return LoadUint8(&r.Reg)&value != 0 }

// ReplaceBits replaces the bits mask<<pos with value<<pos.
func (r *Register8) ReplaceBits(value uint8, mask uint8, pos uint8) {
	StoreUint8(&r.Reg, LoadUint8(&r.Reg)&^(mask<<pos)|value<<pos)
}

// Register16 is a 16-bit memory-mapped hardware register.
type Register16 struct {
	Reg uint16
}

// Get reads the register.
func (r *Register16) Get() uint16 { return LoadUint16(&r.Reg) }

// Set writes the register.
func (r *Register16) Set(value uint16) { StoreUint16(&r.Reg, value) }

// SetBits sets the bits of value (read-modify-write).
func (r *Register16) SetBits(value uint16) { StoreUint16(&r.Reg, LoadUint16(&r.Reg)|value) }

// ClearBits clears the bits of value (read-modify-write).
func (r *Register16) ClearBits(value uint16) { StoreUint16(&r.Reg, LoadUint16(&r.Reg)&^value) }

// HasBits reports whether any bit of value is set.
func (r *Register16) HasBits(value uint16) bool { return LoadUint16(&r.Reg)&value != 0 }

// ReplaceBits replaces the bits mask<<pos with value<<pos.
func (r *Register16) ReplaceBits(value uint16, mask uint16, pos uint8) {
	StoreUint16(&r.Reg, LoadUint16(&r.Reg)&^(mask<<pos)|value<<pos)
}

// Register32 is a 32-bit memory-mapped hardware register.
type Register32 struct {
	Reg uint32
}

// Get reads the register.
func (r *Register32) Get() uint32 { return LoadUint32(&r.Reg) }

// Set writes the register.
func (r *Register32) Set(value uint32) { StoreUint32(&r.Reg, value) }

// SetBits sets the bits of value (read-modify-write).
func (r *Register32) SetBits(value uint32) { StoreUint32(&r.Reg, LoadUint32(&r.Reg)|value) }

// ClearBits clears the bits of value (read-modify-write).
func (r *Register32) ClearBits(value uint32) { StoreUint32(&r.Reg, LoadUint32(&r.Reg)&^value) }

// HasBits reports whether any bit of value is set.
func (r *Register32) HasBits(value uint32) bool { return LoadUint32(&r.Reg)&value != 0 }

// ReplaceBits replaces the bits mask<<pos with value<<pos.
func (r *Register32) ReplaceBits(value uint32, mask uint32, pos uint8) {
	StoreUint32(&r.Reg, LoadUint32(&r.Reg)&^(mask<<pos)|value<<pos)
}
