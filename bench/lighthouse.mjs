// Lighthouse (npm, pinned in package.json) on a list of pages, each in a fresh Chromium
// profile, as `lighthouse <url>` on the command line does (mobile, simulated throttling).
// Called by bench/lighthouse.py; reads the jobs as JSON on stdin, writes one JSON line per
// run on stdout:
//   stdin:  {"chrome": path, "flags": [...], "jobs": [{"url", "seed": {key: value} | null}]}
//   stdout: {"url", "scores": {category: 0-100}, "cls", "shifts": [{score, nodes}],
//            "failed": [audit ids], "error"}
// A job with `seed` gets those localStorage entries before the audit (a quiz answered, a
// lesson done): storage reset is then off, so the HTTP cache is cleared here instead.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

async function readStdin() {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return JSON.parse(text);
}

async function seedStorage(page, url, seed) {
  // Any small same-origin file opens the origin's storage without loading the page itself.
  await page.goto(new URL("assets/images/favicon.svg", url).href);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, seed);
  const cdp = await page.createCDPSession();
  await cdp.send("Network.clearBrowserCache");
  await cdp.detach();
}

// The elements that moved, from the trace's layout-shift events and the elements Lighthouse
// resolved for them (its own `layout-shifts` audit needs a gatherer that fails on Debian's
// Chromium): where a shift comes from.
function shiftedNodes(artifacts) {
  const trace = artifacts.traces && artifacts.traces.defaultPass;
  if (!trace) return [];
  const names = new Map();
  for (const el of Array.isArray(artifacts.TraceElements) ? artifacts.TraceElements : []) {
    if (el.traceEventType === "layout-shift" && el.node) {
      names.set(el.nodeId, el.node.selector || el.node.snippet);
    }
  }
  return trace.traceEvents
    .filter((e) => e.name === "LayoutShift" && e.args.data && !e.args.data.had_recent_input)
    .map((e) => ({
      score: Number((e.args.data.weighted_score_delta ?? e.args.data.score ?? NaN).toFixed(4)),
      nodes: (e.args.data.impacted_nodes || []).slice(0, 3).map((n) => {
        const name = names.get(n.node_id) || `node ${n.node_id}`;
        return `${name} y ${Math.round(n.old_rect[1])}→${Math.round(n.new_rect[1])} h ${Math.round(n.old_rect[3])}→${Math.round(n.new_rect[3])}`;
      }),
    }))
    .filter((s) => !(s.score <= 0.001))
    .sort((x, y) => y.score - x.score)
    .slice(0, 4);
}

async function audit(chrome, flags, job) {
  const browser = await chromeLauncher.launch({ chromePath: chrome, chromeFlags: flags });
  let puppet;
  try {
    puppet = await puppeteer.connect({ browserURL: `http://127.0.0.1:${browser.port}` });
    const page = await puppet.newPage();
    if (job.seed) await seedStorage(page, job.url, job.seed);
    const result = await lighthouse(
      job.url,
      {
        port: browser.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        disableStorageReset: Boolean(job.seed),
      },
      undefined,
      page,
    );
    const lhr = result.lhr;
    const scores = {};
    const failed = [];
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = category.score === null ? null : Math.round(category.score * 100);
      if (id === "performance") continue;
      for (const ref of category.auditRefs) {
        const item = lhr.audits[ref.id];
        if (ref.weight > 0 && item.score !== null && item.score < 1) {
          // The audit and where it failed (first elements), so a regression names its cause.
          const items = (item.details && item.details.items) || [];
          const where = items
            .slice(0, 3)
            .map((i) => (i.node && (i.node.selector || i.node.snippet)) || i.url || "")
            .filter(Boolean);
          failed.push(where.length ? `${ref.id} [${where.join("; ")}]` : ref.id);
        }
      }
    }
    return {
      url: job.url,
      scores,
      cls: lhr.audits["cumulative-layout-shift"].numericValue,
      shifts: shiftedNodes(result.artifacts),
      failed,
      error: lhr.runtimeError ? lhr.runtimeError.code : null,
    };
  } catch (error) {
    return { url: job.url, scores: null, cls: null, shifts: [], failed: [], error: String(error) };
  } finally {
    if (puppet) await puppet.disconnect();
    await browser.kill();
  }
}

const { chrome, flags, jobs } = await readStdin();
for (const job of jobs) {
  process.stdout.write(JSON.stringify(await audit(chrome, flags, job)) + "\n");
}
