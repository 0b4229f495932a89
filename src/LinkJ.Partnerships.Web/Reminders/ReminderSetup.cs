using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Reminders;

public static class ReminderSetup
{
    /// <summary>E-mail reminders: the settings, where mail goes (SMTP, or .eml files without a host), and the schedule.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section));
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<IMailTransport>(provider =>
        {
            var mail = provider.GetRequiredService<IOptions<MailOptions>>().Value;
            return string.IsNullOrWhiteSpace(mail.Host)
                ? new PickupDirectoryTransport(
                    Path.Combine(provider.GetRequiredService<IHostEnvironment>().ContentRootPath, mail.PickupDirectory),
                    provider.GetRequiredService<ILogger<PickupDirectoryTransport>>())
                : new SmtpMailTransport(mail);
        });
        services.AddSingleton<DigestWriter>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<ReminderRun>();
        services.AddHostedService<ReminderService>();
        return services;
    }
}
