'use strict';
// Sends spans, metrics and logs through the OpenTelemetry Node SDK's OTLP/HTTP exporters, which encode
// OTLP/JSON, to the collector at the endpoint given as the only argument (http://host:port).
// Exits 0 only when the collector accepted an export of every signal. NodeSdkClientTest asserts what arrived.
const { NodeSDK, tracing, metrics, logs, resources } = require('@opentelemetry/sdk-node');
const api = require('@opentelemetry/api');
const apiLogs = require('@opentelemetry/api-logs');
const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http');
const { OTLPMetricExporter } = require('@opentelemetry/exporter-metrics-otlp-http');
const { OTLPLogExporter } = require('@opentelemetry/exporter-logs-otlp-http');

const endpoint = process.argv[2];
if (!endpoint || process.argv.length !== 3) {
  console.error('usage: node send.js http://HOST:PORT');
  process.exit(2);
}

// Every attribute type a span takes; JS numbers that are integers travel as intValue, others as doubleValue.
const ATTRIBUTES = {
  'http.request.method': 'POST',
  'http.response.status_code': 201,
  'balance': -42,
  'max.safe': Number.MAX_SAFE_INTEGER,
  'ratio': 0.25,
  'tiny': 1e-7,
  'cache.hit': true,
  'retry': false,
  'empty': '',
  'text': 'grüße ✓ 日本 "quoted" back\\slash\nnew line\ttab',
  'tags': ['a', 'b'],
  'ports': [80, 443],
  'weights': [0.5, 1.5],
  'flags': [true, false],
};
// Log attributes are AnyValue: also bytes, nested maps, mixed arrays and the empty value.
const LOG_ATTRIBUTES = {
  ...ATTRIBUTES,
  'payload': new Uint8Array([0, 1, 254, 255]),
  'user': { 'id': 7, 'roles': ['admin', 'ops'], 'address': { 'city': 'Zürich' } },
  'mixed': ['x', 1, 2.5, true],
  'nothing': null,
};

const exported = { traces: 0, metrics: 0, logs: 0 };
const failures = [];

// Wraps an exporter to record whether the collector accepted each export (the SDK itself only logs failures).
function checked(signal, exporter) {
  const original = exporter.export.bind(exporter);
  exporter.export = (items, done) => original(items, (result) => {
    if (result.code === 0) {
      exported[signal]++;
    } else {
      failures.push(`${signal}: ${result.error ? result.error.message : 'export failed'}`);
    }
    done(result);
  });
  return exporter;
}

async function main() {
  api.diag.setLogger(new api.DiagConsoleLogger(), api.DiagLogLevel.WARN);
  const sdk = new NodeSDK({
    resource: resources.resourceFromAttributes({ 'service.name': 'shop', 'service.version': '1.2.3' }),
    autoDetectResources: false,
    spanProcessors: [new tracing.SimpleSpanProcessor(
      checked('traces', new OTLPTraceExporter({ url: `${endpoint}/v1/traces` })))],
    // one export, when the SDK shuts down
    metricReaders: [new metrics.PeriodicExportingMetricReader({
      exporter: checked('metrics', new OTLPMetricExporter({ url: `${endpoint}/v1/metrics` })),
      exportIntervalMillis: 600000,
    })],
    logRecordProcessors: [new logs.SimpleLogRecordProcessor({
      exporter: checked('logs', new OTLPLogExporter({ url: `${endpoint}/v1/logs` })) })],
    instrumentations: [],
  });
  sdk.start();

  const tracer = api.trace.getTracer('otelint-node-test', '0.1.0');
  tracer.startActiveSpan('checkout', { kind: api.SpanKind.SERVER, attributes: ATTRIBUTES }, (parent) => {
    parent.addEvent('payment', { 'amount': 12.5, 'currency': 'EUR' });
    const child = tracer.startSpan('charge', { kind: api.SpanKind.CLIENT, links: [{ context: parent.spanContext(), attributes: { 'link.reason': 'retry' } }] });
    child.setStatus({ code: api.SpanStatusCode.ERROR, message: 'card declined' });
    child.end();
    parent.end();
  });

  const meter = api.metrics.getMeter('otelint-node-test', '0.1.0');
  const orders = meter.createCounter('orders', { description: 'orders placed', unit: '{order}', valueType: api.ValueType.INT });
  orders.add(7, ATTRIBUTES);
  orders.add(3, ATTRIBUTES);
  const latency = meter.createHistogram('checkout.duration', { unit: 's', advice: { explicitBucketBoundaries: [0.1, 1, 10] } });
  for (const seconds of [0.05, 0.5, 0.7, 20]) {
    latency.record(seconds, { 'http.request.method': 'POST' });
  }

  const logger = apiLogs.logs.getLogger('otelint-node-test', '0.1.0');
  logger.emit({ severityNumber: apiLogs.SeverityNumber.WARN, severityText: 'WARN', body: 'payment slow', attributes: LOG_ATTRIBUTES });
  logger.emit({ severityNumber: apiLogs.SeverityNumber.INFO, body: { 'order': 'A-1', 'items': [1, 2] } });

  await sdk.shutdown();
  const missing = Object.keys(exported).filter((signal) => exported[signal] === 0);
  if (failures.length > 0 || missing.length > 0) {
    console.error(`export failed: ${failures.concat(missing.map((s) => `${s}: nothing exported`)).join('; ')}`);
    process.exit(1);
  }
  console.log(`exported ${JSON.stringify(exported)}`);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
