using TakeABreak.Bot.Health;
using TakeABreak.Bot.State;
using TakeABreak.Bot.Telemetry;
using TakeABreak.BotFramework.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddBotFrameworkChannel(builder.Configuration, builder.Environment);
builder.Services.AddTakeABreakState(builder.Configuration);
builder.Services.AddTakeABreakHealth();
builder.Services.AddTakeABreakTelemetry(builder.Configuration);

var app = builder.Build();

app.MapBotMessages();
app.MapTakeABreakHealth();

app.Run();

public partial class Program;
