var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "CryoWeb");
await app.RunAsync();
