package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// gen holds the generator's state.
type gen struct {
	src string
	out *Output
	// pending collects third-party refusals without a recorded decision.
	pending []error
}

func (g *gen) read(rel string) ([]byte, error) {
	return os.ReadFile(filepath.Join(g.src, filepath.FromSlash(rel)))
}

// Build generates every vector file from the third-party folder src.
func Build(src string) (*Output, error) {
	g := &gen{src: src, out: &Output{Files: map[string][]byte{}}}
	steps := []func() (*family, error){
		g.keccakFamily, g.keysFamily, g.addressFamily, g.didFamily, g.signFamily, g.recoverFamily,
		g.eip712Family, g.ethersFamily, g.gethFamily, g.ethAccountFamily, g.sigUtilFamily,
		g.envelopeFamily, g.voucherFamily, g.receiptFamily, g.acceptFamily, g.replayFamily,
		g.p1363Family, g.bitcoinFamily, g.machinesFamily, g.clientFamily,
	}
	for _, step := range steps {
		f, err := step()
		if err != nil {
			return nil, err
		}
		if len(f.vecs) == 0 {
			return nil, fmt.Errorf("%s: no vectors", f.file)
		}
		b, err := f.encode()
		if err != nil {
			return nil, err
		}
		g.out.Files[f.file] = b
		g.out.Count += len(f.vecs)
	}
	if err := errors.Join(g.pending...); err != nil {
		return nil, err
	}
	return g.out, nil
}
