using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>The pages under load. Paths that depend on the data (a profile, the last page) are read off the directory.</summary>
public static partial class Scenarios
{
    /// <summary>
    /// A page under load; <paramref name="Connections"/> overrides wrk's connection count (one user at a time, say).
    /// A <paramref name="Revalidates"/> scenario sends the path's current ETag back (<see cref="RevalidationAsync"/>);
    /// a <paramref name="Writes"/> scenario adds to the registry, so it is warmed and run after every one that reads.
    /// </summary>
    public sealed record Scenario(string Name, string Path, string? Lua, int? Connections = null, bool Revalidates = false, bool Writes = false);

    public const string StaticName = "static file (reference)";
    public const string DirectoryName = "directory, first page";

    public static async Task<IReadOnlyList<Scenario>> PrepareAsync(Uri baseAddress, Workspace workspace)
    {
        using var visitor = new Session(baseAddress);
        var directory = await visitor.GetBytesAsync("/partners");
        await File.WriteAllBytesAsync(Path.Combine(workspace.StaticRoot, "directory.html"), directory);
        var html = System.Text.Encoding.UTF8.GetString(directory);
        var profile = Profile().Match(html) is { Success: true } p ? p.Value : null;
        var lastPage = PageCount().Match(html) is { Success: true } count ? int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;

        var scenarios = new List<Scenario>
        {
            new(StaticName, "/benchmark-static/directory.html", null),
            new(DirectoryName, "/partners", null),
            new("directory, filtered", "/partners?country=JP&kind=University", null),
            new($"directory, last page ({lastPage})", $"/partners?page={lastPage}", null),
            // The same first page in Japanese: its own cache entries and read-model labels, the same targets (issue 18).
            new("directory in Japanese, first page", "/ja/partners", null),
        };
        if (profile is not null)
        {
            scenarios.Add(new("partner profile", profile, null));
            scenarios.Add(new("partner profile in Japanese", "/ja" + profile, null));
        }

        // The world map of partners by country; its uncached render is the figure docs/performance.md records.
        scenarios.Add(new("partners map", "/partners/map", null));

        // The public API (targets as for the pages; a 304 at least twice the static file). Its rate limit is lifted
        // for the run by AppProcess.
        scenarios.Add(new("api, partners first page", "/api/v1/partners", null));
        if (profile is not null)
        {
            scenarios.Add(new("api, partner", "/api/v1" + profile, null));
        }

        scenarios.Add(new("api, 304 not modified", "/api/v1/partners", null, Revalidates: true));

        // Signed-in pages run in both modes: with OutputCache__Enabled=false the app also keeps no query results for
        // signed-in pages, so that run measures the search itself.
        {
            using var staff = new Session(baseAddress);
            await staff.SignInAsync("staff@benchmark.example", Workspace.Password);
            var search = new Scenario("staff search", "/staff/agreements?q=kyoto", $"wrk.headers[\"Cookie\"] = [[{staff.CookieHeader}]]\n");
            // At 32 connections on 2 cores a request's latency is mostly its wait behind the other 31; one
            // connection shows what a staff member searching alone waits for.
            scenarios.AddRange([search, search with { Name = "staff search, one user", Connections = 1 }]);

            using var admin = new Session(baseAddress);
            await admin.SignInAsync("admin@benchmark.example", Workspace.Password);
            if (await admin.TryGetAsync("/admin/organizations/create") is { } form)
            {
                var create = new Scenario("admin create", "/admin/organizations/create", CreateScript(admin.CookieHeader, Session.AntiforgeryToken(form)), Writes: true);
                scenarios.AddRange([create, create with { Name = "admin create, one admin", Connections = 1 }]);
            }
            else
            {
                Console.WriteLine("  (no admin create form in this build: that scenario is skipped)");
            }
        }

        return scenarios;
    }

    /// <summary>Each POST creates a new organization; the name is unique per wrk run and request.</summary>
    private static string CreateScript(string cookies, string token) => $$"""
        local n = 0
        local run = tostring(os.time())
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
        wrk.headers["Cookie"] = [[{{cookies}}]]
        request = function()
          n = n + 1
          local body = "Input.Name=Benchmark+Organization+" .. run .. "+" .. n ..
            "&Input.Kind=Company&Input.CountryCode=JP&Input.City=Tokyo&Input.Version=0&__RequestVerificationToken={{token}}"
          return wrk.format(nil, nil, nil, body)
        end
        """;

    /// <summary>
    /// The script that revalidates <paramref name="path"/>: its ETag, read just before the run, as a constant header.
    /// A constant request keeps wrk's Lua out of the loop, as for the static file it is compared with; a script that
    /// read each answer's ETag cost wrk about a sixth of its rate at 304 speeds (docs/performance.md). A write during
    /// the run would turn the answers into 200s, so the run checks the tag again afterwards.
    /// </summary>
    public static async Task<string> RevalidationAsync(Uri baseAddress, string path)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        using var response = await client.GetAsync(path);
        var tag = response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"GET {path} sent no ETag.");
        return $"wrk.headers[\"If-None-Match\"] = [[{tag}]]\n";
    }

    /// <summary>A link to a partner's profile (not the directory's link to the map).</summary>
    [GeneratedRegex("/partners/(?!map\")[a-z0-9-]+(?=\")")]
    internal static partial Regex Profile();

    /// <summary>The pager's "Page 1 of 400".</summary>
    [GeneratedRegex(@"Page \d+ of (\d+)")]
    private static partial Regex PageCount();
}
