using MimeKit;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>
/// With no <c>Mail:Host</c> (a fresh <c>dotnet run</c>), each message becomes an .eml file that any mail program
/// opens. Named by its Message-Id, so a message written again replaces its file.
/// </summary>
public sealed class PickupDirectoryTransport(string folder, ILogger<PickupDirectoryTransport> logger) : IMailTransport
{
    private int _told;

    public string Folder => folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _told, 1) == 0)
        {
            logger.LogInformation("No Mail:Host is set: e-mail is written as .eml files to {Folder}", folder);
        }

        Directory.CreateDirectory(folder);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
        var path = Path.Combine(folder, name + ".eml");
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }
}
