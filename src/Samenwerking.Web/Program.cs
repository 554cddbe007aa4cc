using Samenwerking.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSamenwerking();

var app = builder.Build();
if (OperatorCommands.IsCommand(args))
{
    return await OperatorCommands.RunAsync(app, args);
}

await app.PrepareDatabaseAsync();
app.UseSamenwerking();
await app.RunAsync();
return 0;
