namespace CryoWeb.WebUI.Hosting;

internal static partial class ConnectionOriginLog
{
    [LoggerMessage(EventId = 60, Level = LogLevel.Warning, Message = "Refused {Method} {Path} from {Client}: the page that sent it is at {Origin}, not one of the console's own origins.")]
    public static partial void Refused(ILogger logger, string origin, string method, string path, string client);
}
