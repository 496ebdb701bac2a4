using Microsoft.Extensions.Hosting;

namespace TakeABreak.Storage;

internal static class StorageFolders
{
    /// <summary>The SQLite data folder; a relative folder is under the content root.</summary>
    public static string DataFolder(StorageOptions options, IHostEnvironment? environment) =>
        Path.GetFullPath(options.Sqlite.DataFolder, environment?.ContentRootPath ?? AppContext.BaseDirectory);
}
