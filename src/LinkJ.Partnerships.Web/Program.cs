using LinkJ.Partnerships.Web.Api;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using LinkJ.Partnerships.Web.Infrastructure.Startup;
using LinkJ.Partnerships.Web.Pages.Partners;
using LinkJ.Partnerships.Web.Reminders;

try
{
    var command = CommandLine.Parse(args);
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = command?.HostArgs ?? args,
        ContentRootPath = ContentRoot.Override(Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
    });

    builder.AddObservability();
    builder.Services.AddPersistence(builder.Configuration, builder.Environment);
    builder.Services.AddSecurity();
    builder.Services.AddPublicAddress(builder.Configuration);
    builder.Services.AddRegistryPages();
    builder.Services.AddPublicApi();
    builder.Services.AddReminders(builder.Configuration);

    var app = builder.Build();

    if (command is not null)
    {
        return await command.RunAsync(app.Services);
    }

    await app.Services.InitializeDatabaseAsync();
    app.WarmDirectory();
    app.UseRegistryPipeline();
    await app.RunAsync();
    return 0;
}
catch (OperatorError error)
{
    // The operator needs the sentence, not a stack trace.
    await Console.Error.WriteLineAsync(error.Message);
    return 2;
}

public partial class Program;
