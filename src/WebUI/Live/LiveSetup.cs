using CryoWeb.Controller.Frames;

namespace CryoWeb.WebUI.Live;

/// <summary>The live status every page, the hub and the API read.</summary>
public static class LiveSetup
{
    public static IServiceCollection AddCryoWebLive(this IServiceCollection services)
    {
        services.AddSingleton<LiveStatusBoard>();
        services.AddSingleton<ViewerRegistry>();
        services.AddSingleton<IFrameSubscriber>(sp => sp.GetRequiredService<LiveStatusBoard>());
        return services;
    }
}
