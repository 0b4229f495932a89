using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Import;

namespace LinkJ.Partnerships.Web.Commands;

/// <summary>
/// <c>import-release FILE [--json]</c>: reads a press release (.txt, .html, .pdf) against the registry and prints the
/// draft agreement, each field with the sentence it came from. Nothing is saved.
/// </summary>
public static class ImportReleaseCommand
{
    public static Task<int> RunAsync(CommandLine command, IServiceProvider services) => RunAsync(command, services, Console.Out, Console.Error);

    public static async Task<int> RunAsync(CommandLine command, IServiceProvider services, TextWriter output, TextWriter errors)
    {
        var file = command.Positional(0);
        if (string.IsNullOrWhiteSpace(file))
        {
            await errors.WriteLineAsync("Usage: import-release FILE [--json] [--database path]");
            return 2;
        }

        if (!File.Exists(file))
        {
            await errors.WriteLineAsync($"There is no file \"{file}\".");
            return 2;
        }

        ReleaseDocument release;
        try
        {
            release = ReleaseFile.Read(file, await File.ReadAllBytesAsync(file));
        }
        catch (ReleaseFileException exception)
        {
            await errors.WriteLineAsync(exception.Message);
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var draft = ReleaseImporter.Import(release, await ImportContextReader.ReadAsync(db));
        await output.WriteLineAsync(command.Arguments.Contains("--json") ? DraftReport.Json(draft) : DraftReport.Text(draft));
        return 0;
    }
}
