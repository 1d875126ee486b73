# Configures, builds and runs tests/add-subdirectory against this checkout.
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND ${CMAKE_COMMAND} -S "${SOURCE}/tests/add-subdirectory" -B "${WORK}" -G "${GENERATOR}"
                        -DCMAKE_CXX_COMPILER=${CXX} -DERRDECODE_SOURCE=${SOURCE} -DERRDECODE_CLI=OFF
                        -DCMAKE_BUILD_TYPE=Release RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "configuring the vendoring project failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build "${WORK}" -j2 RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "building the vendoring project failed")
endif()
execute_process(COMMAND "${WORK}/consumer" RESULT_VARIABLE status OUTPUT_VARIABLE out)
if(NOT status EQUAL 0 OR NOT out MATCHES "E_ACCESSDENIED")
  message(FATAL_ERROR "the vendoring project ran wrong: ${status} ${out}")
endif()
message(STATUS "add_subdirectory: ${out}")
