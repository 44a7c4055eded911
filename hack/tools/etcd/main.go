// Command etcd is etcd's own server entry point, built from the pinned module
// because the upstream root module uses replace directives and cannot be `go install`ed.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
