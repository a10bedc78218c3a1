/* Written by CMake: the build's selection of kernels. */
#define LPCU_WITH_restore 1
#define LPCU_WITH_multi 1
#define LPCU_WITH_fixed 1
#define LPCU_WITH_residual 1
#define LPCU_WITH_limit 1
#define LPCU_WITH_narrow 1
#define LPCU_WITH_wide 1
#define LPCU_WITH_wide33 1
#define LPCU_WITH_scalar 1
#define LPCU_WITH_neon 0
#define LPCU_WITH_sse41 1
#define LPCU_WITH_avx2 1
#define LPCU_WITH_avx512 1
#define LPCU_WITH_base 1
#define LPCU_WITH_ifma 0
#define LPCU_WITH_MAX_ORDER 32
#define LPCU_EMULATE_AVX512 1
