package org.throughcare.web.shell;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the shell for every page; the FHIR API and static assets are left alone. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration implements WebMvcConfigurer {

    private final ShellInterceptor shell;

    ShellConfiguration(ShellInterceptor shell) {
        this.shell = shell;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(shell).excludePathPatterns("/fhir/**", "/assets/**", "/oauth2/**");
    }
}
