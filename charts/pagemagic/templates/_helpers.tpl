{{/* The chart's name, or nameOverride. */}}
{{- define "pagemagic.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The prefix of every object: fullnameOverride, else the release name (with the chart's name unless it already says it). */}}
{{- define "pagemagic.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* <fullname>-<component>: a component's Deployment, Service, ServiceAccount, ... */}}
{{- define "pagemagic.componentName" -}}
{{- $ctx := index . 0 -}}
{{- printf "%s-%s" (include "pagemagic.fullname" $ctx) (index . 1) }}
{{- end }}

{{/* Cluster-scoped objects carry the namespace too: two installations may share a release name. */}}
{{- define "pagemagic.clusterScopedName" -}}
{{- $ctx := index . 0 -}}
{{- printf "%s-%s-%s" (include "pagemagic.fullname" $ctx) (index . 1) $ctx.Release.Namespace }}
{{- end }}

{{- define "pagemagic.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "pagemagic.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: pagemagic
{{- end }}

{{/* Labels of a component's objects: (list . "operator") */}}
{{- define "pagemagic.componentLabels" -}}
{{ include "pagemagic.labels" (index . 0) }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end }}

{{- define "pagemagic.selectorLabels" -}}
{{- $ctx := index . 0 -}}
app.kubernetes.io/name: {{ include "pagemagic.name" $ctx }}
app.kubernetes.io/instance: {{ $ctx.Release.Name }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end }}

{{/* An image reference: repository@digest when a digest is given, else repository:tag (tag defaults to appVersion). */}}
{{- define "pagemagic.image" -}}
{{- $ctx := index . 0 }}
{{- $image := index $ctx.Values.images (index . 1) }}
{{- if $image.digest }}
{{- printf "%s@%s" $image.repository $image.digest }}
{{- else }}
{{- printf "%s:%s" $image.repository (default $ctx.Chart.AppVersion $image.tag) }}
{{- end }}
{{- end }}

{{/* Where site images are pushed: registry.host, else the registry images.static comes from. */}}
{{- define "pagemagic.registryHost" -}}
{{- if .Values.registry.host }}
{{- .Values.registry.host }}
{{- else }}
{{- $first := first (splitList "/" .Values.images.static.repository) }}
{{- if or (contains "." $first) (contains ":" $first) (eq $first "localhost") }}
{{- $first }}
{{- else }}
{{- "docker.io" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "pagemagic.apiPublicUrl" -}}
{{- default (printf "https://%s" .Values.api.ingress.host) .Values.api.publicUrl | trimSuffix "/" }}
{{- end }}

{{- define "pagemagic.webUrl" -}}
{{- printf "https://%s" .Values.web.ingress.host }}
{{- end }}

{{- define "pagemagic.keysSecret" -}}
{{- default (include "pagemagic.componentName" (list . "keys")) .Values.secrets.keys }}
{{- end }}

{{/* The label the API puts on workspace namespaces and the operator and site server select. */}}
{{- define "pagemagic.installSelector" -}}
{{- printf "pagemagic.dev/install=%s" (printf "%s.%s" .Release.Namespace .Release.Name | trunc 63 | trimSuffix "-" | trimSuffix ".") }}
{{- end }}

{{/* Whether the Prometheus Operator's kinds are there to scrape with. */}}
{{- define "pagemagic.prometheusOperator" -}}
{{- if and .Values.monitoring.serviceMonitors (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1") }}true{{ end }}
{{- end }}

{{/* prometheus.io annotations, for a Prometheus without the Operator: (list . port) */}}
{{- define "pagemagic.scrapeAnnotations" -}}
{{- $ctx := index . 0 -}}
{{- if not (include "pagemagic.prometheusOperator" $ctx) }}
prometheus.io/scrape: "true"
prometheus.io/port: {{ index . 1 | quote }}
prometheus.io/path: /metrics
{{- end }}
{{- end }}

{{/* The restricted Pod Security Standard, for every pod of the chart. */}}
{{- define "pagemagic.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 65532
runAsGroup: 65532
fsGroup: 65532
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "pagemagic.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The one writable place: /tmp (images write nothing else). */}}
{{- define "pagemagic.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: 256Mi
{{- end }}

{{- define "pagemagic.tmpMount" -}}
- name: tmp
  mountPath: /tmp
{{- end }}

{{- define "pagemagic.imagePullSecrets" -}}
{{- with .Values.imagePullSecrets }}
imagePullSecrets: {{ toJson . }}
{{- end }}
{{- end }}

{{/* nodeSelector, tolerations, affinity of a component's values. */}}
{{- define "pagemagic.scheduling" -}}
{{- with .nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/* A variable from the services Secret: (list . "DATABASE_URL") */}}
{{- define "pagemagic.servicesEnv" -}}
{{- $ctx := index . 0 -}}
- name: {{ index . 1 }}
  valueFrom:
    secretKeyRef:
      name: {{ $ctx.Values.secrets.services }}
      key: {{ index . 1 }}
{{- end }}

{{/* The model settings (the operator generates, the API edits sections). */}}
{{- define "pagemagic.aiEnv" -}}
{{- if .Values.secrets.ai }}
- name: PAGEMAGIC_AI_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ .Values.secrets.ai }}
      key: PAGEMAGIC_AI_API_KEY
      optional: true
- name: OPENAI_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ .Values.secrets.ai }}
      key: OPENAI_API_KEY
      optional: true
{{- end }}
{{- with .Values.ai.baseUrl }}
- name: PAGEMAGIC_AI_BASE_URL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.ai.model }}
- name: PAGEMAGIC_AI_MODEL
  value: {{ . | quote }}
{{- end }}
{{- end }}

{{/* Where sites are and how their hosts are made: the operator, the site server and the API agree on it. */}}
{{- define "pagemagic.sitesEnv" -}}
- name: PAGEMAGIC_SITE_BASE_DOMAIN
  value: {{ .Values.sites.baseDomain | quote }}
- name: PAGEMAGIC_SITE_HOST_PATTERN
  value: {{ .Values.sites.hostPattern | quote }}
{{- end }}

{{/* What the operator and the site server share: registry, images, sites, scope. */}}
{{- define "pagemagic.operatorEnv" -}}
- name: PAGEMAGIC_NAMESPACE
  valueFrom:
    fieldRef:
      fieldPath: metadata.namespace
- name: POD_NAMESPACE
  valueFrom:
    fieldRef:
      fieldPath: metadata.namespace
- name: PAGEMAGIC_METRICS_ADDR
  value: "0.0.0.0:8080"
- name: PAGEMAGIC_REGISTRY
  value: {{ include "pagemagic.registryHost" . | quote }}
- name: PAGEMAGIC_BASE_IMAGE
  value: {{ include "pagemagic.image" (list . "static") | quote }}
- name: PAGEMAGIC_OPERATOR_IMAGE
  value: {{ include "pagemagic.image" (list . "operator") | quote }}
{{- with .Values.registry.secret }}
- name: PAGEMAGIC_REGISTRY_SECRET
  value: {{ . | quote }}
{{- end }}
{{- with .Values.registry.insecure }}
- name: PAGEMAGIC_INSECURE_REGISTRIES
  value: {{ join "," . | quote }}
{{- end }}
{{ include "pagemagic.sitesEnv" . }}
- name: PAGEMAGIC_SITE_URL_SCHEME
  value: {{ .Values.sites.urlScheme | quote }}
- name: PAGEMAGIC_SITE_TLS_SECRET
  value: {{ .Values.sites.tlsSecret | quote }}
{{- with .Values.ingressClassName }}
- name: PAGEMAGIC_INGRESS_CLASS
  value: {{ . | quote }}
{{- end }}
{{- if .Values.installLabel }}
- name: PAGEMAGIC_NAMESPACE_SELECTOR
  value: {{ include "pagemagic.installSelector" . | quote }}
{{- end }}
{{- end }}

{{/* Who may scrape: the peers in networkPolicy.metricsFrom, or (none given) any pod. */}}
{{- define "pagemagic.metricsFrom" -}}
{{- with .Values.networkPolicy.metricsFrom }}
from:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/* Every scrape target gets component=<app.kubernetes.io/component>: the label the dashboards and alerts select by. */}}
{{- define "pagemagic.componentRelabeling" -}}
- sourceLabels: [__meta_kubernetes_pod_label_app_kubernetes_io_component]
  targetLabel: component
- sourceLabels: [__meta_kubernetes_pod_name]
  targetLabel: pod
{{- end }}
