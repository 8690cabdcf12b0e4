package vn.kiemtra.cli;

import vn.kiemtra.core.Services;

/** Opens the services of the database a command names ({@code --db}, else the default). */
@FunctionalInterface
public interface ServicesFactory {
  Services open(String dbOption);
}
