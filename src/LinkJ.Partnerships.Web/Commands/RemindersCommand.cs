using System.Globalization;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Reminders;

namespace LinkJ.Partnerships.Web.Commands;

/// <summary>
/// <c>reminders run [--date YYYY-MM-DD]</c>: one run of the reminder schedule for a day (today in Tokyo by default),
/// sending what is due now. Safe to repeat: nothing is written or sent twice.
/// </summary>
public static class RemindersCommand
{
    public static async Task<int> RunAsync(CommandLine command, IServiceProvider services)
    {
        if (command.Positional(0) != "run")
        {
            Console.Error.WriteLine("Usage: reminders run [--date YYYY-MM-DD] [--database path]");
            return 2;
        }

        var text = command.Option("--date");
        DateOnly day;
        if (text is null)
        {
            day = services.GetRequiredService<RegistryClock>().Today;
        }
        else if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            Console.Error.WriteLine($"\"{text}\" is not a date: give --date as YYYY-MM-DD, such as 2026-12-07.");
            return 2;
        }

        Console.WriteLine(await services.GetRequiredService<ReminderRun>().RunAsync(day, CancellationToken.None));
        return 0;
    }
}
