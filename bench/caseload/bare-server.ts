// The ceiling on this machine: a bare Fastify endpoint answering a fixed body of the caseload's size.
import Fastify from 'fastify';

const port = Number(process.env.PORT ?? 3902);
const body = process.env.BARE_BODY ?? '{}';
const app = Fastify({ logger: false });
app.get('/bare', (_request, reply) => reply.header('content-type', 'application/json').send(body));
await app.listen({ port, host: '127.0.0.1' });
console.log('listening');
