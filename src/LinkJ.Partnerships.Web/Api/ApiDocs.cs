using System.Text;
using System.Text.Encodings.Web;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// <c>/api/docs</c>: the API's reference as one server-rendered page, no script. The parameters' descriptions are
/// read from <see cref="ListParameters"/>, the same text the OpenAPI document carries, so the two cannot drift.
/// </summary>
public static class ApiDocs
{
    private static readonly Lazy<string> Html = new(Render);

    public static IResult Page() => Results.Content(Html.Value, "text/html; charset=utf-8");

    private static string Render()
    {
        var e = HtmlEncoder.Default;
        string Rows(IEnumerable<(string Name, string Description)> descriptions)
        {
            var rows = new StringBuilder();
            foreach (var (name, description) in descriptions)
            {
                rows.Append("<tr><th scope=\"row\"><code>").Append(e.Encode(name)).Append("</code></th><td>").Append(e.Encode(description)).Append("</td></tr>\n");
            }

            return rows.ToString();
        }

        var parameters = Rows(ListParameters.Descriptions);
        var staffAgreements = Rows(StaffAgreementParameters.Descriptions);
        var staffOrganizations = Rows(StaffOrganizationParameters.Descriptions);

        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>API - LINK-J Partnerships</title>
            <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
            </head>
            <body>
            <main class="container my-4">
            <h1>API</h1>
            <h2>Public API</h2>
            <p>The <a href="/partners">partner directory</a> as JSON: anonymous and read-only (GET and HEAD), showing exactly what the public pages show.
            The machine-readable description is the <a href="/api/v1/openapi.json">OpenAPI document</a>.</p>
            <h3>Endpoints</h3>
            <table class="table">
            <thead><tr><th scope="col">Address</th><th scope="col">Answers</th></tr></thead>
            <tbody>
            <tr><th scope="row"><code>GET /api/v1/partners</code></th><td>A page of listed partners, filtered and sorted as the directory: slug, names, country, kind, agreement types, first agreement's date, status today.</td></tr>
            <tr><th scope="row"><code>GET /api/v1/partners/{slug}</code></th><td>One partner with its public agreements: type, title, summary, parties and their roles, signatories and representatives with their titles, term, effective and end dates, status today, source.</td></tr>
            <tr><th scope="row"><code>GET /api/v1/agreements</code></th><td>A page of public agreements with a listed partner, newest first, filtered the same way; each with all its parties.</td></tr>
            </tbody>
            </table>
            <h3>Parameters of the lists</h3>
            <table class="table">
            <thead><tr><th scope="col">Name</th><th scope="col">Meaning</th></tr></thead>
            <tbody>
            {{parameters}}</tbody>
            </table>
            <p>Parameters the API does not know are ignored. A value it does not understand (an unknown country code, page 0, a size over 100, a cursor it did not give out)
            is answered with 400 and a problem details body (<code>application/problem+json</code>, RFC 9457) naming the parameter.</p>
            <h3>Answers</h3>
            <ul>
            <li>Dates are ISO 8601 days (<code>2026-04-01</code>). Coded values come as <code>{"code": "ending-soon", "label": "Ending soon"}</code>; the code is stable, the label follows <code>Accept-Language</code>, or <code>?lang=ja</code> (or <code>lang=en</code>) on any address of the API.</li>
            <li>Lists have <code>items</code>, <code>page</code>, <code>pageSize</code>, <code>maxPageSize</code>, <code>totalCount</code>, <code>pageCount</code>, and <code>next</code> (an address) and <code>nextCursor</code> until the last page.</li>
            <li>Every answer has an <code>ETag</code> and <code>Cache-Control: public, max-age=60</code>; send the tag back in <code>If-None-Match</code> to get 304 until the registry changes.</li>
            <li>Any origin may read the API (<code>Access-Control-Allow-Origin: *</code>).</li>
            <li>Each address may make a limited number of requests a minute; over it the answer is 429 with <code>Retry-After</code> in seconds.</li>
            <li>An unknown partner is 404, a POST is 405, both as problem details.</li>
            </ul>
            <h3>Example</h3>
            <pre><code>curl -s 'http://localhost:5057/api/v1/partners?country=GB&amp;status=in-force&amp;size=10&amp;lang=ja'</code></pre>
            <h2>Staff API</h2>
            <p>The staff search and the organization list as JSON, internal agreements included: read-only (GET and HEAD), for a program that holds a
            <a href="/account/tokens">personal access token</a>. Each signed-in user creates their own tokens there: a name, an expiry at most a year away,
            shown once; they can be revoked there, and an admin can revoke anyone's on <a href="/admin/tokens">/admin/tokens</a>.</p>
            <table class="table">
            <thead><tr><th scope="col">Address</th><th scope="col">Answers</th></tr></thead>
            <tbody>
            <tr><th scope="row"><code>GET /api/v1/staff/agreements</code></th><td>A page of /staff/agreements: the same filters, sort and rules, internal agreements included. Each agreement with its id, title, type, visibility, dates, status today, parties and its staff page.</td></tr>
            <tr><th scope="row"><code>GET /api/v1/staff/organizations</code></th><td>A page of /staff/organizations: every organization by name, the home organization included, with its agreements counted.</td></tr>
            </tbody>
            </table>
            <h3>Parameters of /api/v1/staff/agreements</h3>
            <table class="table">
            <thead><tr><th scope="col">Name</th><th scope="col">Meaning</th></tr></thead>
            <tbody>
            {{staffAgreements}}</tbody>
            </table>
            <h3>Parameters of /api/v1/staff/organizations</h3>
            <table class="table">
            <thead><tr><th scope="col">Name</th><th scope="col">Meaning</th></tr></thead>
            <tbody>
            {{staffOrganizations}}</tbody>
            </table>
            <ul>
            <li>Send the token as <code>Authorization: Bearer &lt;token&gt;</code>. Without a usable one (missing, unknown, revoked, expired, or its account disabled) the answer is 401 with <code>WWW-Authenticate: Bearer</code> and a problem details body. The token opens nothing but these two addresses: not the pages, not any POST.</li>
            <li>Answers carry <code>Cache-Control: private, no-store</code>; nothing may keep a copy.</li>
            <li>Each address may make a limited number of requests a minute (tokens or not); over it the answer is 429 with <code>Retry-After</code>.</li>
            </ul>
            <h3>Example</h3>
            <pre><code>curl -s -H 'Authorization: Bearer ljapi_…' 'http://localhost:5057/api/v1/staff/agreements?status=EndingSoon&amp;visibility=Internal'</code></pre>
            </main>
            </body>
            </html>
            """;
    }
}
