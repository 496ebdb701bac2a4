using TakeABreak.Bot.Consultations;
using TakeABreak.Bot.Conversation;
using TakeABreak.Bot.Conversation.Content;
using TakeABreak.Bot.Health;
using TakeABreak.Bot.Language;
using TakeABreak.Bot.Hosting;
using TakeABreak.Bot.Input;
using TakeABreak.Bot.Safety;
using TakeABreak.Bot.Staff;
using TakeABreak.Bot.State;
using TakeABreak.Bot.Teams;
using TakeABreak.Bot.Telemetry;
using TakeABreak.Bot.Turns;
using TakeABreak.Bot.Widget;
using TakeABreak.BotFramework.DirectLine;
using TakeABreak.BotFramework.Hosting;

var builder = WebApplication.CreateBuilder(args);

if (ContentLint.TryRun(args, builder.Configuration, builder.Environment, Console.Out, out var lintExitCode))
{
    return lintExitCode;
}

builder.BeginLoadingContent(); // read dialogs/ while the host is composed

builder.Services.AddBotFrameworkChannel(builder.Configuration, builder.Environment);
// Turn middleware runs in the order it is registered: the message length boundary, Teams rules, then the safety guard, then the rest.
builder.Services.AddTakeABreakInput(builder.Configuration);
builder.Services.AddTakeABreakTeams(builder.Configuration);
builder.Services.AddTakeABreakSafety();
builder.Services.AddTakeABreakLanguageModel(builder.Configuration); // optional: only raises the guard's verdict
builder.Services.AddTakeABreakConversation(builder.Configuration);
builder.Services.AddTakeABreakState(builder.Configuration);
builder.Services.AddTakeABreakConsultations(builder.Configuration);
builder.Services.AddTakeABreakStaff(builder.Configuration);
builder.Services.AddTakeABreakTurnErrorHandling();
builder.Services.AddLocalDirectLine(builder.Configuration);
builder.Services.AddTakeABreakWidget(builder.Configuration);
builder.Services.AddTakeABreakHealth();
builder.Services.AddTakeABreakTelemetry(builder.Configuration);

var app = builder.Build();

// The request pipeline, outermost first.
app.UseTakeABreakErrorResponses();   // any unhandled exception → a bare 500, in every environment
app.UseLocalDirectLineWebSockets();  // the Direct Line stream
app.UseTakeABreakWidget();           // security headers on every response, then the widget's static files
app.MapBotMessages();
app.MapLocalDirectLine();
app.MapTakeABreakWidget();
app.MapTakeABreakHealth();
app.MapStaff();

app.Run();
return 0;

public partial class Program;
