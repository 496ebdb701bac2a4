using TakeABreak.Bot.Health;
using TakeABreak.Bot.Telemetry;
using TakeABreak.BotFramework;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddBotFrameworkTurns();
builder.Services.AddTakeABreakHealth();
builder.Services.AddTakeABreakTelemetry(builder.Configuration);

var app = builder.Build();

app.MapTakeABreakHealth();

app.Run();

public partial class Program;
