package main

import (
	"runtime"
	"runtime/debug"
)

// version is the release version, set when building a release:
//
//	go build -ldflags "-X main.version=v1.2.3" ./cmd/mailroom
//
// Without it, the module version from the build info (`go install
// github.com/agentmailroom/mailroom/cmd/mailroom@v1.2.3`) is used, then the
// VCS revision the go command stamped (not with -buildvcs=false), else "dev".
var version = ""

// versionString is what mailroom --version prints after "mailroom version ".
func versionString() string {
	return resolveVersion(version, readBuildInfo()) + " (" + runtime.Version() + ", " + runtime.GOOS + "/" + runtime.GOARCH + ")"
}

func readBuildInfo() *debug.BuildInfo {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	return bi
}

// resolveVersion picks the ldflags version, the module version, the VCS
// revision (12 digits, "-dirty" when modified), or "dev".
func resolveVersion(ldflags string, bi *debug.BuildInfo) string {
	if ldflags != "" {
		return ldflags
	}
	if bi == nil {
		return "dev"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if modified == "true" {
		rev += "-dirty"
	}
	return "dev-" + rev
}
