using System.Diagnostics;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>
/// Profiles on their first visit in a registry version, one at a time: the profiles' read model reads each from the
/// database (decision 010). Run after the admin create, whose writes leave no profile kept.
/// </summary>
public static class FirstVisits
{
    public const string Name = "profiles, first visits";

    public static async Task<Wrk.Result> MeasureAsync(Uri baseAddress, int count)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        var slugs = new List<string>();
        for (var page = 1; slugs.Count < count; page++)
        {
            var found = Scenarios.Profile().Matches(await client.GetStringAsync($"/partners?size=100&page={page}"))
                .Select(m => m.Value).Distinct().Except(slugs).ToList();
            if (found.Count == 0)
            {
                break;
            }

            slugs.AddRange(found);
        }

        var times = new List<double>();
        var watch = Stopwatch.StartNew();
        foreach (var slug in slugs.Take(count))
        {
            var start = watch.Elapsed;
            using var response = await client.GetAsync(slug);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            times.Add((watch.Elapsed - start).TotalMilliseconds);
        }

        times.Sort();
        return new Wrk.Result(times.Count / watch.Elapsed.TotalSeconds, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.99) - 1], times.Count, 0, 1);
    }
}
