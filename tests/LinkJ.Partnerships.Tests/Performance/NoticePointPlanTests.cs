#if !POSTGRESQL
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Reminders;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Performance;

/// <summary>
/// Finding the day's notice points reads the index on the end date, one range per point, over a generated registry
/// with planner statistics: never the whole agreements table. A plan, not a timing (the figure at 50,000 agreements is
/// in docs/performance.md).
/// </summary>
public sealed class NoticePointPlanTests(GeneratedRegistry registry) : IClassFixture<GeneratedRegistry>
{
    [Fact]
    public async Task Each_notice_point_is_one_range_read_from_the_end_date_index()
    {
        var plans = await registry.Factory.WithDbAsync(async db =>
        {
            var day = new DateOnly(2027, 6, 1);
            var lines = new List<string>();
            foreach (var point in new ReminderOptions().Points)
            {
                var (from, to) = NoticePoints.EndDatesDue(day.AddDays(-7), day, point);
                await using var command = NoticePoints.Ending(db, from, to).Select(a => new { a.Id, a.EndsOn }).CreateDbCommand();
                command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
                await db.Database.OpenConnectionAsync();
                await using var reader = await command.ExecuteReaderAsync();
                var plan = new List<string>();
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(3));
                }

                lines.Add(string.Join(" / ", plan));
            }

            return lines;
        });

        Assert.Equal(5, plans.Count);
        Assert.All(plans, plan => Assert.Matches(@"^SEARCH \w+ USING (COVERING )?INDEX IX_Agreements_EndsOn \(EndsOn>\? AND EndsOn<\?\)$", plan));
    }
}
#endif
