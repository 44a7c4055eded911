# Entry points for Page Magic. Every target runs on Node 24: where the system
# Node is older, hack/ensure-node.sh unpacks Node 24 from the npm registry into .tools/.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

NODE_DIR := $(shell hack/ensure-node.sh)
ifeq ($(NODE_DIR),)
$(error could not provision Node 24; see the message above)
endif
export PATH := $(NODE_DIR)/bin:$(CURDIR)/hack/bin:$(PATH)
export KUBECONFIG := $(or $(PAGEMAGIC_KUBECONFIG),$(CURDIR)/.local/kubeconfig)

DEPS_STAMP := node_modules/.pagemagic-deps
# mobile/ is an npm project of its own (Expo pins another React than web/), with its own lockfile and stamp.
WORKSPACE_MANIFESTS := $(filter-out mobile/package.json,$(wildcard */package.json))
MOBILE_DEPS_STAMP := mobile/node_modules/.pagemagic-deps

.PHONY: help deps tools cluster-up cluster-down cluster-delete services-up services-down crds crds-install \
	lint format typecheck test test-unit test-integration dev dev-down web mobile bench-render bench-operator bench-api \
	base-image images eval-sites

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(DEPS_STAMP): package.json package-lock.json $(WORKSPACE_MANIFESTS)
	npm ci --no-audit --no-fund
	@touch $@

deps: $(DEPS_STAMP) ## Install npm dependencies (only when the lockfile changed)

tools: ## Build kube-apiserver, etcd, kwok, kubectl, helm, ... from Go modules into hack/bin
	bash hack/tools/build.sh

base-image: tools ## Push the site images' base (pagemagic-static) to the local registry
	node hack/src/base-image.ts

images: deps tools ## Build the operator, API and web app images (no Docker) and push them by digest to the local registry
	bash hack/test-servers.sh up
	node hack/images/build.ts

cluster-up: tools ## Start the local Kubernetes control plane with a fake node
	bash hack/cluster.sh up

cluster-down: ## Stop the local cluster (keeps its state)
	bash hack/cluster.sh down

cluster-delete: ## Stop the local cluster and remove its state
	bash hack/cluster.sh delete

services-up: ## Start PostgreSQL, Redis, NATS JetStream and Prometheus on loopback
	bash hack/services.sh up

services-down: ## Stop the local services (keeps their data)
	bash hack/services.sh down

crds: deps ## Generate crds/*.yaml from the TypeBox sources in crds/src
	node crds/src/generate.ts

templates: deps ## Regenerate operator/src/site/render/templates.generated.ts
	node operator/src/site/render/compile-templates.ts

crds-install: crds cluster-up ## Install the CRDs into the local cluster
	bash hack/cluster.sh install-crds

lint: deps ## Lint and check formatting (biome); check that packages import each other only through their exports
	npx biome check .
	node hack/src/import-boundaries.ts

format: deps ## Fix formatting and safe lint findings
	npx biome check --write .

typecheck: deps ## Type-check every workspace (web/ has its own tsconfig: JSX, DOM, bundler resolution)
	npx tsc -p tsconfig.json
	npx tsc -p web/tsconfig.json

test-unit: deps ## Unit tests only (no servers)
	npx vitest run --project unit

test-integration: deps tools ## Integration, browser and fault tests (brings up the cluster and services first)
	npx vitest run --project integration --project browser --project faults

test: deps tools lint typecheck $(MOBILE_DEPS_STAMP) ## Everything: lint, types, unit and integration tests
	npx vitest run
	npm --prefix mobile run typecheck
	npm --prefix mobile test

dev: deps $(MOBILE_DEPS_STAMP) crds-install services-up ## Run the platform locally and create the demo site
	bash hack/test-servers.sh up
	bash hack/dev.sh up

# `npm install` from the lockfile rather than `npm ci`: Expo's tools list platform binaries for other systems
# as optional dependencies, and a registry that serves only this platform's leaves them out of the lockfile,
# which npm ci refuses; npm install installs exactly the locked versions and skips them.
$(MOBILE_DEPS_STAMP): mobile/package.json mobile/package-lock.json
	npm install --prefix mobile --no-audit --no-fund
	@touch $@

mobile: $(MOBILE_DEPS_STAMP) ## Web export of the mobile app (mobile/dist); native builds: see README
	cd mobile && EXPO_OFFLINE=1 EXPO_NO_TELEMETRY=1 CI=1 npx expo export --platform web --output-dir dist

web: deps ## Production build of the web app (web/.next); make dev builds and serves it
	cd web && NEXT_TELEMETRY_DISABLED=1 node ../node_modules/next/dist/bin/next build

dev-down: ## Stop what make dev started on top of the cluster and services
	bash hack/dev.sh down

bench-render: deps ## Benchmark the renderer against Eleventy (250, 1,000 and 4,000 pages)
	node hack/bench/render.ts

bench-api: deps cluster-up services-up crds-install ## Benchmark GET /api/v1/sites against a bare fastify route (max req/s with autocannon, p99 at a constant 1,000 req/s with vegeta)
	bash hack/tools/build.sh bench
	node hack/bench/api.ts

bench-operator: deps tools ## Benchmark the operator: N Websites create→Ready, edits→Ready, memory, API calls (WEBSITES=1000; 10000 for the large run)
	node hack/bench/operator.ts --websites $(or $(WEBSITES),1000)

eval-sites: deps ## Score offline-generated sites against the briefs in hack/eval (ARGS="--json --sample 0 --verbose --only vet")
	node hack/eval/eval-sites.ts $(ARGS)

.PHONY: bench-cli

bench-cli: deps ## Benchmark pagemagic's start-up (source and bundle) beside node -e "" and npm --version (RUNS=20)
	node hack/bench/cli-startup.ts --runs $(or $(RUNS),20)

.PHONY: cli-install

cli-install: deps ## Install pagemagic globally: npm i -g of the bundled CLI, packed (PREFIX=dir to install under dir/bin)
	node cli/scripts/install.ts $(if $(PREFIX),--prefix "$(PREFIX)")

.PHONY: chart kind-up kind-down

chart: deps ## Regenerate the chart's generated files (values, schema, CRD and RBAC templates, dashboards, alerts)
	node hack/chart/generate.ts

# Docker is checked before anything is built, so a machine without it is told so at once.
kind-up: ## On a machine with Docker: a kind cluster with ingress-nginx, cert-manager and the chart installed (untested in CI)
	bash hack/kind.sh require-docker
	$(MAKE) deps tools
	bash hack/kind.sh up

kind-down: ## Delete the kind cluster and its registry container
	bash hack/kind.sh down
