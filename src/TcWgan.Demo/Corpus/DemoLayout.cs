namespace TcWgan.Demo;

/// <summary>Folder and naming convention the demo corpus is written in.</summary>
public enum DemoLayout
{
    /// <summary><c>VideoFlash/AAAA_SSS_EEE_LL.flv</c>, <c>AudioWAV/AAAA_SSS_EEE_LL.wav</c>, <c>VideoDemographics.csv</c>.</summary>
    CremaD,
    /// <summary><c>Actor_XX/01-01-EE-II-SS-RR-XX.mp4</c>, optionally <c>03-01-…wav</c> beside it.</summary>
    Ravdess,
}
