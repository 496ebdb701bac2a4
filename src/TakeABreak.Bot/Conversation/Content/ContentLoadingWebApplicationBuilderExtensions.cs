namespace TakeABreak.Bot.Conversation.Content;

public static class ContentLoadingWebApplicationBuilderExtensions
{
    /// <summary>
    /// Begins reading the dialogs folder the host will use (<see cref="DialogsFolder"/>), so that the reading overlaps the
    /// composition of the host. Problems are reported when the host starts, as without it; no folder found is left to the
    /// start to report too.
    /// </summary>
    public static WebApplicationBuilder BeginLoadingContent(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = builder.Configuration.GetSection(ConversationOptions.SectionName)[nameof(ConversationOptions.DialogsPath)];
        try
        {
            SharedContentLoads.Begin(DialogsFolder.Find(configured, builder.Environment.ContentRootPath, AppContext.BaseDirectory, Directory.GetCurrentDirectory()));
        }
        catch (DirectoryNotFoundException)
        {
            // the host's start names the folders it looked in
        }

        return builder;
    }
}
